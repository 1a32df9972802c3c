/**
 * Fault, abuse and load tests print one line with what they tried and what was lost, so a CI log
 * shows the figure next to the pass/fail. Written to stderr directly: jest's console wraps lines
 * in stack frames.
 */
export function reportFigure(test: string, figure: string): void {
  process.stderr.write(`FIGURE ${test}: ${figure}\n`);
}
