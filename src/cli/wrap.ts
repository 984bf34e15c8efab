/**
 * Text for a terminal, wrapped at word boundaries to its width. Only when
 * output is a terminal: piped output keeps whole lines for the next program.
 * A word longer than the line (a link, a file name) is never broken: it gets
 * a line of its own and runs past the edge, so it still opens when clicked.
 *
 * @example wrap('1. Secretary Esper met Minister Kono in Guam.', 20)
 * // → '1. Secretary Esper\n   met Minister Kono\n   in Guam.'
 */

/** Narrower than this, wrapping helps nobody: lines are left whole. */
export const MIN_WRAP_WIDTH = 20;

/** What starts a line whose continuation lines indent under its text: "1. ", "— ", "> ", "Also in: " is not one. */
const MARKER = /^(\s*)((?:\d+\.|[—–>*-])\s+)?/;

export function wrap(text: string, width: number | undefined): string {
  if (!width || width < MIN_WRAP_WIDTH) return text;
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  if (line.length <= width) return line;
  const [lead, indent = '', marker = ''] = MARKER.exec(line) as RegExpExecArray;
  const hanging = ' '.repeat(indent.length + marker.length);
  const words = line.slice(lead.length).split(/ +/).filter(Boolean);
  const out: string[] = [];
  let current = lead;
  let fresh = true;
  for (const word of words) {
    if (fresh) {
      current += word;
      fresh = false;
    } else if (current.length + 1 + word.length <= width) {
      current += ` ${word}`;
    } else {
      out.push(current);
      current = hanging + word;
    }
  }
  out.push(current);
  return out.join('\n');
}
