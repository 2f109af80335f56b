/**
 * The waiting cards' place on the home page. In the mini-program (and the tests) the cards
 * themselves; H5 loads them only when they can have something to show (waiting-slot.h5.ts).
 */
export { default } from './waiting-cards'
