#pragma once
// A mouse gesture on the canvas between press and release (move, connect,
// resize). Only finish() changes the document, with one command; cancel()
// leaves document and items as they were.

class QGraphicsSceneMouseEvent;

namespace scalescope {

class CanvasGesture {
public:
    virtual ~CanvasGesture() = default;
    virtual void move(QGraphicsSceneMouseEvent *event) = 0;
    virtual void finish(QGraphicsSceneMouseEvent *event) = 0;
    virtual void cancel() = 0;
};

} // namespace scalescope
