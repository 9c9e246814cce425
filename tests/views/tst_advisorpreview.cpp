// The advisor's preview: pointing at a proposal's card (or tabbing to its
// Apply button) ghosts what the step adds on the canvas; the document and
// its undo stack do not change until Apply.
#include "advisor/advisorpanel.h"
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/proposalpreview.h"
#include "document/scenariodocument.h"
#include "scalescope_resources.h"
#include "stages.h"
#include "testsupport.h"

#include <QGraphicsItem>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace scalescope;

class TestAdvisorPreview : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void init()
    {
        // The journey's launch stage: one server; the advice is a separate database.
        m_doc = std::make_unique<ScenarioDocument>();
        m_doc->setScenario(test::journey(), 1);
        m_scene = std::make_unique<CanvasScene>(m_doc.get());
        m_view = std::make_unique<CanvasView>(m_scene.get());
        m_view->resize(900, 600);
        m_view->move(0, 0);
        m_view->show();
        m_panel = std::make_unique<AdvisorPanel>(m_doc.get());
        m_panel->previewOn(m_scene.get());
        m_panel->resize(360, 600);
        m_panel->move(920, 0);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        m_panel->setUsers(500);
        QVERIFY(!m_panel->proposals().empty());
        m_saved = test::saved(m_doc->scenario());
    }

    void cleanup()
    {
        m_panel.reset();
        m_view.reset();
        m_scene.reset();
        m_doc.reset();
    }

    void pointingAtACardGhostsItsStep()
    {
        const Proposal proposal = m_panel->proposals().front();
        // What the step adds, by applying its edits to a copy.
        const Architecture &before = m_doc->architecture();
        Architecture after = before;
        for (const Edit &e : proposal.edits)
            QVERIFY(applyEdit(after, e, nullptr));
        QStringList added;
        for (const Component &c : after.components)
            if (!before.component(c.id))
                added << c.id;
        QVERIFY(!added.isEmpty());
        const qsizetype itemsBefore = m_scene->items().size();

        QWidget *card = m_panel->card(0);
        QVERIFY(card);
        QTest::mouseMove(m_panel.get(), QPoint(2, 2)); // into the panel first, as a pointer comes
        QTest::mouseMove(card, card->rect().center());
        QTest::mouseMove(card, card->rect().center() + QPoint(3, 1));
        QCoreApplication::processEvents();
        QCOMPARE(m_panel->previewedIndex(), 0);
        ProposalPreview *preview = m_panel->preview();
        QVERIFY(preview->isShown());
        QCOMPARE(preview->addedComponents(), added);
        QVERIFY(m_scene->items().size() > itemsBefore);
        for (QGraphicsItem *item : preview->items()) {
            QCOMPARE(item->scene(), m_scene.get());
            QCOMPARE(item->acceptedMouseButtons(), Qt::NoButton); // a ghost takes no clicks
        }
        // Nothing applied.
        QCOMPARE(test::saved(m_doc->scenario()), m_saved);
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QVERIFY(!m_doc->component(added.front()));

        // Away from the card: the ghost goes.
        QTest::mouseMove(m_panel.get(), QPoint(m_panel->width() - 2, m_panel->height() - 2));
        QTest::mouseMove(m_view->viewport(), QPoint(10, 10));
        QCoreApplication::processEvents();
        QCOMPARE(m_panel->previewedIndex(), -1);
        QVERIFY(!preview->isShown());
        QCOMPARE(m_scene->items().size(), itemsBefore);
        QCOMPARE(test::saved(m_doc->scenario()), m_saved);
    }

    // From the keyboard: the Apply button with the focus previews its card.
    void focusOnApplyPreviews()
    {
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        QPushButton *apply = m_panel->applyButton(0);
        apply->setFocus(Qt::TabFocusReason);
        QCoreApplication::processEvents();
        QCOMPARE(m_panel->previewedIndex(), 0);
        QVERIFY(m_panel->preview()->isShown());
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QCOMPARE(test::saved(m_doc->scenario()), m_saved);
    }

private:
    std::unique_ptr<ScenarioDocument> m_doc;
    std::unique_ptr<CanvasScene> m_scene;
    std::unique_ptr<CanvasView> m_view;
    std::unique_ptr<AdvisorPanel> m_panel;
    QByteArray m_saved;
};

QTEST_MAIN(TestAdvisorPreview)
#include "tst_advisorpreview.moc"
