#pragma once
// A thin utilisation meter under a resource's row in the inspector, filled
// in the canvas's green -> amber -> red (loadColor, live/loadcolors.h); full and red
// from 100% on.

#include <QWidget>

namespace scalescope {

class LoadBar : public QWidget {
    Q_OBJECT
public:
    static constexpr int kHeight = 4;

    explicit LoadBar(QWidget *parent = nullptr);

    // Repaints only when the change is visible (a tenth of a percent).
    void setUtilization(double utilization);
    double utilization() const { return m_utilization; }
    QColor color() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_utilization = 0;
};

} // namespace scalescope
