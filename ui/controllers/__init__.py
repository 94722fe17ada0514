"""Controllers: one per area of the window. A controller connects a view's signals to undoable
commands and the dialogs they need, and decides what happens; it holds no widgets of its own
beyond the dialogs it opens. The views build and style; the window builds the views and wires
the controllers to them."""
