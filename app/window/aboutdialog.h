#pragma once
// Help > About: what ScaleScope is, and the licence of the AWS icons it ships.

#include <QDialog>

namespace scalescope {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace scalescope
