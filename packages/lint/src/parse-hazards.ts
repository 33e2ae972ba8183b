import {htmlBlockNames, htmlRawNames} from 'micromark-util-html-tag-name';

/**
 * Input the parser would take seconds to minutes on, found by one linear
 * scan before parsing. micromark resolves a paragraph's inline markup with
 * array splices and backward walks over all of the paragraph's tokens: its
 * time grows with (lines + markers) × tokens of each paragraph, and with the
 * cube of a run of `*` or `_` that closes another. Tables cost a tokenizer
 * per cell. The limits below sit far above any essay: the bench corpus and
 * every fixture stay well under them (see test/parse-hazards.test.ts).
 */
export const parseLimits = {
  /** The longest run of one of `*`, `_`, `~` inside text. */
  delimiterRun: 200,
  /** Columns of a table (its delimiter row). */
  tableColumns: 1000,
  /** The sum over paragraphs of (lines + markers) × (lines + markers + words): a fixed part … */
  paragraphCost: 20_000_000,
  /** … and this much more per character of the file, so long files may hold many ordinary paragraphs. */
  paragraphCostPerChar: 40
} as const;

export interface ParseHazard {
  /** 1-based line where the run, paragraph or table starts. */
  line: number;
  reason: string;
}

interface Paragraph {
  line: number;
  lines: number;
  markers: number;
  words: number;
  /** Whether it began with a list item: then any later item starts a new paragraph. */
  inList: boolean;
}

const blockNames: ReadonlySet<string> = new Set(htmlBlockNames);
const rawNames: ReadonlySet<string> = new Set(htmlRawNames);

// Block quote markers before a line's own content.
const quotePrefix = /^(?: {0,3}> ?)*/;
const fenceOpen = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const thematicBreak = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const atxHeading = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const bulletItem = /^( *)(?:[-+*]|(\d{1,9})[.)])[ \t]+\S/;
const delimiterRow = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const htmlStart = /^ {0,3}<(\/?)([A-Za-z][A-Za-z0-9-]*)?/;
const completeTag = /^ {0,3}<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>\s*$/;

/** Where an HTML block that starts on `line` ends: at a marker (types 1–5), or at a blank line. */
function htmlBlockEnd(line: string): string | 'blank' | undefined {
  if (/^ {0,3}<!--/.test(line)) return '-->';
  if (/^ {0,3}<\?/.test(line)) return '?>';
  if (/^ {0,3}<!\[CDATA\[/.test(line)) return ']]>';
  if (/^ {0,3}<![A-Za-z]/.test(line)) return '>';
  const start = htmlStart.exec(line);
  const name = start?.[2]?.toLowerCase();
  if (!start || !name) return undefined;
  const after = line.charAt(start[0].length);
  if (start[1] === '' && rawNames.has(name) && (after === '' || after === '>' || /\s/.test(after))) return `</${name}>`;
  if (blockNames.has(name) && (after === '' || after === '>' || after === '/' || /\s/.test(after))) return 'blank';
  return completeTag.test(line) ? 'blank' : undefined;
}

function columnsOf(row: string): number {
  return row.replace(/^[ \t]*\|/, '').replace(/\|[ \t]*$/, '').split('|').length;
}

/** Add one line's inline markers and words to `paragraph`; a hazard for an overlong delimiter run. */
function scanInline(content: string, lineNumber: number, paragraph: Paragraph): ParseHazard | undefined {
  let afterSpace = true;
  for (let index = 0; index < content.length; index++) {
    const char = content.charCodeAt(index);
    if (char === 0x20 || char === 0x09) {
      afterSpace = true;
      continue;
    }
    if (afterSpace) paragraph.words++;
    afterSpace = false;
    // `*` `_` `~`: every character of a run can open or close emphasis.
    if (char === 0x2a || char === 0x5f || char === 0x7e) {
      let end = index + 1;
      while (content.charCodeAt(end) === char) end++;
      const run = end - index;
      if (run > parseLimits.delimiterRun) {
        return {
          line: lineNumber,
          reason: `Unexpected run of ${run} \`${content.charAt(index)}\` characters, expected at most ${parseLimits.delimiterRun} in a row: the parser slows down with the cube of such runs; escape them (\`\\${content.charAt(index)}\`) or write fewer`
        };
      }
      paragraph.markers += run;
      index = end - 1;
    } else if (char === 0x5c) {
      index++; // An escaped character is plain text.
    } else if (char === 0x5b || char === 0x5d || char === 0x3c || char === 0x26) {
      paragraph.markers++; // `[` `]` `<` `&`
    } else if (char === 0x60) {
      while (content.charCodeAt(index + 1) === 0x60) index++;
      paragraph.markers++; // a run of backticks
    }
  }
  return undefined;
}

function paragraphCost(paragraph: Paragraph): number {
  const breaks = paragraph.lines + paragraph.markers;
  return breaks * (breaks + paragraph.words);
}

/**
 * The first construct in `text` that would make parsing slow, or `undefined`.
 * One pass over the lines; block structure is approximated so that it may
 * count too much (a nested list's items as one paragraph), never too little
 * for ordinary block shapes.
 */
export function findParseHazard(text: string): ParseHazard | undefined {
  const lines = text.split(/\r\n?|\n/);
  let total = 0;
  let worst: Paragraph | undefined;
  let worstCost = 0;
  let paragraph: Paragraph | undefined;
  let fence: {char: string; length: number} | undefined;
  let html: string | undefined;
  let table = false;

  const close = () => {
    if (paragraph) {
      const cost = paragraphCost(paragraph);
      total += cost;
      if (cost > worstCost) {
        worst = paragraph;
        worstCost = cost;
      }
    }
    paragraph = undefined;
  };

  let index = 0;
  // Front matter is YAML or TOML, not Markdown.
  const frontMatter = lines[0] === '---' || lines[0] === '+++' ? lines[0] : undefined;
  if (frontMatter) {
    index = 1;
    while (index < lines.length && lines[index] !== frontMatter && !(frontMatter === '---' && lines[index] === '...')) index++;
    index++;
  }

  for (; index < lines.length; index++) {
    const lineNumber = index + 1;
    const raw = lines[index]!;
    const content = raw.slice(quotePrefix.exec(raw)?.[0].length ?? 0);

    if (fence) {
      const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(content);
      if (closing?.[1] && closing[1].startsWith(fence.char) && closing[1].length >= fence.length && !closing[1].includes(fence.char === '`' ? '~' : '`')) fence = undefined;
      continue;
    }
    if (html !== undefined) {
      if (html === 'blank' ? content.trim() === '' : raw.toLowerCase().includes(html)) html = undefined;
      continue;
    }
    if (content.trim() === '') {
      close();
      table = false;
      continue;
    }
    const opening = fenceOpen.exec(content);
    if (opening?.[1] && !(opening[1].startsWith('`') && opening[2]?.includes('`'))) {
      close();
      fence = {char: opening[1].charAt(0), length: opening[1].length};
      continue;
    }
    if (!paragraph) {
      const end = htmlBlockEnd(content);
      if (end !== undefined) {
        if (end === 'blank' || !raw.toLowerCase().includes(end)) html = end;
        continue;
      }
    }
    if (thematicBreak.test(content)) {
      close();
      continue;
    }
    if (atxHeading.test(content)) {
      close();
      paragraph = {line: lineNumber, lines: 0, markers: 0, words: 0, inList: false};
      const hazard = scanInline(content, lineNumber, paragraph);
      if (hazard) return hazard;
      close();
      continue;
    }
    // A delimiter row under a one-line paragraph with a `|` makes a table; its rows are parsed cell by cell.
    if (!table && paragraph?.lines === 1 && delimiterRow.test(content) && content.includes('-') && lines[index - 1]?.includes('|')) {
      const columns = columnsOf(content);
      if (columns > parseLimits.tableColumns) {
        return {
          line: paragraph.line,
          reason: `Unexpected table of ${columns} columns, expected at most ${parseLimits.tableColumns}: the parser slows down with every cell; split the table, or publish the data as a file and link to it`
        };
      }
      table = true;
      paragraph = undefined;
      continue;
    }
    const item = bulletItem.exec(content);
    const startsItem = item !== null && ((item[1]?.length ?? 0) <= 3 || paragraph?.inList === true) && (item[2] === undefined || item[2] === '1' || paragraph?.inList !== false);
    if (table || startsItem || !paragraph) {
      close();
      paragraph = {line: lineNumber, lines: 0, markers: 0, words: 0, inList: startsItem};
    }
    paragraph.lines++;
    const hazard = scanInline(content, lineNumber, paragraph);
    if (hazard) return hazard;
  }
  close();

  const budget = parseLimits.paragraphCost + parseLimits.paragraphCostPerChar * text.length;
  if (worst && total > budget) {
    const breaks = worst.lines + worst.markers;
    return {
      line: worst.line,
      reason: `Unexpected paragraph of ${worst.lines} ${worst.lines === 1 ? 'line' : 'lines'} with ${worst.markers} inline markers (\`*\`, \`_\`, \`~\`, \`[\`, \`]\`, \`<\`, \`&\`, backticks) among ${worst.words} words, expected fewer: parsing time grows with (lines + markers) × (lines + markers + words), ${breaks * (breaks + worst.words)} here, and this file allows ${budget} over all its paragraphs; break the paragraph up with blank lines, or escape the markers with a backslash`
    };
  }
  return undefined;
}
