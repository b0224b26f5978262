/**
 * The hot-seat session's strings (English): taking a move back while a hand-over is pending, and the
 * note that the board shows nothing secret while computer seats play.
 */
export const enSession = {
  handover: {
    undo: 'Wait — take back {{power}}’s last move',
    undoHint: 'Until the device is taken, {{power}} can still take back its move.',
    hidden: 'The computer seats are playing: {{power}}’s secret agenda is hidden until its next turn.',
  },
};
