// The traffic profile editor through the real event path on its plot: a
// drag is one undo step (merged while dragging) that undo and redo restore;
// double-click adds a point, right-click and Delete remove one; the table
// takes exact values and refuses bad ones with the place and the reason;
// the Day chart and the timeline follow; the profile survives a save and load.
// At a stage the edits give that stage a day of its own (later stages run it
// too), undoable; at the base they change the scenario's day.
#include "charts/daychart.h"
#include "document/scenariodocument.h"
#include "live/evaluationservice.h"
#include "profile/profileeditor.h"
#include "scalescope_resources.h"
#include "scenariofile.h"
#include "stages.h"

#include "testsupport.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QLabel>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace scalescope;

namespace {

struct Editor {
    ScenarioDocument document;
    EvaluationService *service = nullptr;
    std::unique_ptr<ProfileEditor> editor;
    std::unique_ptr<DayChart> chart;

    Editor()
    {
        document.setScenario(test::journey(), 4); // auto scaled web servers
        service = EvaluationService::of(&document);
        service->setUsers(90000);
        service->flush();
        editor = std::make_unique<ProfileEditor>(&document);
        editor->resize(900, 640);
        editor->show();
        chart = std::make_unique<DayChart>(&document);
        chart->resize(1000, 600);
        chart->show();
        chart->refresh();
    }
    // The viewed stage's day (stage 4's here).
    const TrafficProfile &profile() const { return document.profile(); }
    QWidget *plot() const { return editor->plot(); }
    QPoint at(double minute, double multiple) const { return editor->pixelOf(minute, multiple).toPoint(); }
    // What one pixel is worth on each axis: how close a pointer can place a value.
    double minutesPerPixel() const { return std::abs(editor->valueAt({1, 0}).minute - editor->valueAt({0, 0}).minute); }
    double multiplePerPixel() const { return std::abs(editor->valueAt({0, 1}).multiple - editor->valueAt({0, 0}).multiple); }
};

} // namespace

class TestProfileEditor : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void docked_theDaysEndsAndAQuarterOfItsRowsShow()
    {
        // Docked beside the inspector in a 1280x800 window the editor gets
        // about 360 by 415 pixels: the points at 00:00 and 24:00 (and one at
        // zero) are drawn whole inside the plot, and the table shows five
        // whole rows (the presets' hourly points: a quarter of the day) with
        // every column in full.
        ScenarioDocument document;
        document.setScenario(test::journey(), 4);
        ProfileEditor editor(&document);
        editor.resize(360, 415);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.height() <= 415);
        const QRectF inside = editor.plot()->axisRect()->rect();
        const auto whole = [&](double minute, double multiple) {
            const QPointF at = editor.pixelOf(minute, multiple);
            return inside.contains(QRectF(at - QPointF(5.5, 5.5), QSizeF(11, 11))); // the selected mark, the larger
        };
        const auto &points = document.profile().points;
        QCOMPARE(points.front().minute, 0.0);
        QCOMPARE(points.back().minute, kMinutesPerDay);
        QVERIFY(whole(points.front().minute, points.front().multiple));
        QVERIFY(whole(points.back().minute, points.back().multiple));
        QVERIFY(whole(kMinutesPerDay / 2, 0));
        // A press on the first point takes it (its whole circle is there to press).
        QTest::mouseClick(editor.plot(), Qt::LeftButton, Qt::NoModifier,
                          editor.pixelOf(0, points.front().multiple).toPoint() - QPoint(3, 0));
        QCOMPARE(editor.selectedPoint(), 0);

        QTableWidget *table = editor.table();
        int rows = 0;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->rowViewportPosition(row) >= 0
                && table->rowViewportPosition(row) + table->rowHeight(row) <= table->viewport()->height())
                ++rows;
        QVERIFY2(rows >= 5, qPrintable(QString::number(rows)));
        QVERIFY(!table->horizontalScrollBar()->isVisible());
    }

    void draggingAPointIsOneUndoStep()
    {
        Editor e;
        QVERIFY(QTest::qWaitForWindowExposed(e.editor.get()));
        const TrafficProfile original = e.profile();
        QCOMPARE(original, consumerDiurnal());
        const int commands = e.document.undoStack()->count();
        // 20:00 is the busiest hour (1.0); drag it to 19:50 at 1.6 in steps.
        const ProfilePoint from = original.points[20];
        QCOMPARE(from.minute, 1200.0);
        const ProfilePoint to{1190, 1.6};
        QTest::mousePress(e.plot(), Qt::LeftButton, {}, e.at(from.minute, from.multiple));
        QCOMPARE(e.editor->selectedPoint(), 20);
        for (int k = 1; k <= 6; ++k) {
            const double t = k / 6.0;
            QTest::mouseMove(e.plot(), e.at(from.minute + t * (to.minute - from.minute), from.multiple + t * (to.multiple - from.multiple)));
        }
        QTest::mouseRelease(e.plot(), Qt::LeftButton, {}, e.at(to.minute, to.multiple));

        QCOMPARE(e.document.undoStack()->count(), commands + 1);
        const ProfilePoint moved = e.profile().points[20];
        // Within a pixel (and the rounding to whole minutes and hundredths).
        QVERIFY2(std::abs(moved.minute - to.minute) <= e.minutesPerPixel() + 0.5, qPrintable(QString::number(moved.minute)));
        QVERIFY2(std::abs(moved.multiple - to.multiple) <= e.multiplePerPixel() + 0.005, qPrintable(QString::number(moved.multiple)));
        QCOMPARE(e.profile().points.size(), original.points.size());
        for (size_t i = 0; i < original.points.size(); ++i)
            if (i != 20)
                QCOMPARE(e.profile().points[i], original.points[i]);

        // The timeline and the Day chart follow the edit.
        const Timeline &t = e.service->timeline();
        QCOMPARE(t.profile, e.profile());
        QCOMPARE(t.summary.peakMultiple, moved.multiple);
        QTRY_VERIFY(e.chart->summaryLabel()->text().contains(QStringLiteral("the custom day")));

        const TrafficProfile edited = e.profile();
        e.document.undoStack()->undo();
        QCOMPARE(e.profile(), original);
        QCOMPARE(e.service->timeline().summary.peakMultiple, 1.0);
        QTRY_VERIFY(e.chart->summaryLabel()->text().contains(QStringLiteral("the consumer-diurnal day")));
        e.document.undoStack()->redo();
        QCOMPARE(e.profile(), edited);
    }

    void aPointCannotPassItsNeighbour()
    {
        Editor e;
        QVERIFY(QTest::qWaitForWindowExposed(e.editor.get()));
        // 03:00 dragged past 04:00 stays just before it: minutes keep increasing.
        const ProfilePoint p = e.profile().points[3];
        QTest::mousePress(e.plot(), Qt::LeftButton, {}, e.at(p.minute, p.multiple));
        for (double minute = 200; minute <= 400; minute += 40)
            QTest::mouseMove(e.plot(), e.at(minute, p.multiple));
        QTest::mouseRelease(e.plot(), Qt::LeftButton, {}, e.at(400, p.multiple));
        QVERIFY(e.profile().points[3].minute < e.profile().points[4].minute);
        QVERIFY(e.profile().points[3].minute > 239);
        QVERIFY(!profileProblem(e.profile()));
    }

    void doubleClickAddsAndRightClickOrDeleteRemoves()
    {
        Editor e;
        QVERIFY(QTest::qWaitForWindowExposed(e.editor.get()));
        const TrafficProfile original = e.profile();
        const int commands = e.document.undoStack()->count();
        // 02:30 at 0.9: between the points of 02:00 and 03:00, far above the line.
        QTest::mouseDClick(e.plot(), Qt::LeftButton, {}, e.at(150, 0.9));
        QCOMPARE(e.profile().points.size(), original.points.size() + 1);
        const ProfilePoint added = e.profile().points[3];
        QVERIFY(std::abs(added.minute - 150) <= e.minutesPerPixel() + 0.5);
        QVERIFY(std::abs(added.multiple - 0.9) <= e.multiplePerPixel() + 0.005);
        QCOMPARE(e.document.undoStack()->count(), commands + 1);

        QTest::mouseClick(e.plot(), Qt::RightButton, {}, e.at(added.minute, added.multiple));
        QCOMPARE(e.profile().points, original.points);
        QCOMPARE(e.document.undoStack()->count(), commands + 2);

        // Select the 04:00 point, then Delete.
        const ProfilePoint four = original.points[4];
        QTest::mouseClick(e.plot(), Qt::LeftButton, {}, e.at(four.minute, four.multiple));
        QCOMPARE(e.editor->selectedPoint(), 4);
        QTest::keyClick(e.plot(), Qt::Key_Delete);
        QCOMPARE(e.profile().points.size(), original.points.size() - 1);
        QCOMPARE(e.profile().points[4].minute, 300.0);

        // Three undos give the preset back; three redos the edits.
        for (int k = 0; k < 3; ++k)
            e.document.undoStack()->undo();
        QCOMPARE(e.profile(), original);
        for (int k = 0; k < 3; ++k)
            e.document.undoStack()->redo();
        QCOMPARE(e.profile().points.size(), original.points.size() - 1);
    }

    void theTableTakesExactValuesAndRefusesBadOnes()
    {
        Editor e;
        QVERIFY(QTest::qWaitForWindowExposed(e.editor.get()));
        const TrafficProfile original = e.profile();
        QTableWidget *table = e.editor->table();
        QCOMPARE(table->rowCount(), int(original.points.size()));
        const int commands = e.document.undoStack()->count();

        table->item(20, 2)->setText(QStringLiteral("1.25"));
        QCOMPARE(e.profile().points[20].multiple, 1.25);
        QCOMPARE(e.document.undoStack()->count(), commands + 1);

        // 09:00's minute set past 10:00: refused, named, nothing changes.
        const TrafficProfile before = e.profile();
        table->item(9, 1)->setText(QStringLiteral("700"));
        QCOMPARE(e.profile(), before);
        QCOMPARE(e.document.undoStack()->count(), commands + 1);
        QVERIFY2(e.editor->errorLabel()->text().contains(QStringLiteral("points[9].minute")), qPrintable(e.editor->errorLabel()->text()));
        QVERIFY(e.editor->errorLabel()->isVisible());
        QCOMPARE(table->item(9, 1)->text(), QStringLiteral("540"));

        table->item(2, 2)->setText(QStringLiteral("lots"));
        QCOMPARE(e.profile(), before);
        QVERIFY(e.editor->errorLabel()->text().contains(QStringLiteral("points[2].multiple")));
        QVERIFY(e.editor->errorLabel()->text().contains(QStringLiteral("not a number")));
        table->item(2, 2)->setText(QStringLiteral("-1"));
        QCOMPARE(e.profile(), before);
        QVERIFY(e.editor->errorLabel()->text().contains(QStringLiteral("points[2].multiple")));
    }

    void aPresetReplacesTheProfile()
    {
        Editor e;
        QVERIFY(QTest::qWaitForWindowExposed(e.editor.get()));
        QComboBox *presets = e.editor->presets();
        QCOMPARE(presets->currentText(), QStringLiteral("consumer-diurnal"));
        presets->setFocus();
        QTest::keyClick(presets, Qt::Key_Down);
        QCOMPARE(e.profile(), *profilePreset(QStringLiteral("business-hours")));
        e.document.undoStack()->undo();
        QCOMPARE(e.profile(), consumerDiurnal());
        QCOMPARE(presets->currentText(), QStringLiteral("consumer-diurnal"));
    }

    void theProfileSurvivesSaveAndLoad()
    {
        Editor e;
        QVERIFY(QTest::qWaitForWindowExposed(e.editor.get()));
        QTest::mouseDClick(e.plot(), Qt::LeftButton, {}, e.at(750, 2.5));
        const TrafficProfile edited = e.profile();
        QVERIFY(edited != consumerDiurnal());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("edited.json"));
        QString error;
        QVERIFY2(saveScenario(e.document.scenario(), path, &error), qPrintable(error));
        LoadError loadError;
        const auto loaded = loadScenario(path, &loadError);
        QVERIFY2(loaded, qPrintable(loadError.toString()));
        QCOMPARE(profileAt(*loaded, 4), edited);
        QCOMPARE(loaded->profile, consumerDiurnal()); // the scenario's own day is untouched

        // Undone, the file holds the preset again.
        e.document.undoStack()->undo();
        QVERIFY(saveScenario(e.document.scenario(), path, &error));
        QCOMPARE(profileAt(*loadScenario(path, &loadError), 4), consumerDiurnal());
    }

    void anEditAtAStageGivesThatStageItsOwnDay()
    {
        Editor e;
        QVERIFY(QTest::qWaitForWindowExposed(e.editor.get()));
        QVERIFY(e.editor->scopeLabel()->text().contains(QStringLiteral("runs the scenario's day")));
        const Scenario before = e.document.scenario();
        const int commands = e.document.undoStack()->count();
        QComboBox *presets = e.editor->presets();
        presets->setFocus();
        QTest::keyClick(presets, Qt::Key_Down); // business-hours
        const TrafficProfile business = *profilePreset(QStringLiteral("business-hours"));
        QCOMPARE(e.document.undoStack()->count(), commands + 1);
        const Scenario &after = e.document.scenario();
        QCOMPARE(after.profile, before.profile); // the scenario's day is not the stage's
        QCOMPARE(profileStage(after, 4), 4);
        QVERIFY(std::holds_alternative<ChangeProfile>(after.stages[3].edits.back()));
        QVERIFY(profileAt(after, 3) == before.profile);
        QVERIFY(profileAt(after, e.document.stageCount()) == business); // later stages follow
        QVERIFY(architectureAt(after, 4) == architectureAt(before, 4));
        QVERIFY(e.editor->scopeLabel()->text().contains(QStringLiteral("Stage 4")));
        QVERIFY(e.editor->scopeLabel()->text().contains(QStringLiteral("a day of its own")));
        // The Day chart runs the stage's day.
        QCOMPARE(e.service->timeline().profile, business);
        QTRY_VERIFY(e.chart->summaryLabel()->text().contains(QStringLiteral("the business-hours day")));

        // Stage 5 runs it without a day of its own; an edit there gives it one.
        e.document.setStage(5);
        QVERIFY(e.editor->scopeLabel()->text().contains(QStringLiteral("runs the day stage 4")));
        QCOMPARE(e.profile(), business);

        // Undo takes stage 4's own day away again, exactly.
        e.document.undoStack()->undo();
        QVERIFY(e.document.scenario() == before);
        e.document.undoStack()->redo();
        QCOMPARE(profileAt(e.document.scenario(), 4), business);

        // Choosing again the day stage 4 would run anyway leaves it none of its own.
        e.document.setStage(4);
        const int consumer = presets->findText(QStringLiteral("consumer-diurnal"));
        presets->setFocus();
        QTest::keyClick(presets, Qt::Key_Up);
        QCOMPARE(presets->currentIndex(), consumer);
        QCOMPARE(profileStage(e.document.scenario(), 4), 0);
        QVERIFY(e.document.scenario().stages[3].edits == before.stages[3].edits);
    }

    void anEditAtTheBaseChangesTheScenariosDay()
    {
        Editor e;
        e.document.setStage(0);
        QVERIFY(QTest::qWaitForWindowExposed(e.editor.get()));
        QVERIFY(e.editor->scopeLabel()->text().contains(QStringLiteral("The scenario's day")));
        QComboBox *presets = e.editor->presets();
        presets->setFocus();
        QTest::keyClick(presets, Qt::Key_Down);
        const TrafficProfile business = *profilePreset(QStringLiteral("business-hours"));
        QCOMPARE(e.document.scenario().profile, business);
        QCOMPARE(profileAt(e.document.scenario(), 4), business); // no stage sets its own
        e.document.undoStack()->undo();
        QCOMPARE(e.document.scenario().profile, consumerDiurnal());
    }
};

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
