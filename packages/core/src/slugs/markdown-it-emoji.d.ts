// The plugin's data files, which its own types do not describe.
declare module 'markdown-it-emoji/lib/data/full.mjs' {
  const names: Record<string, string>;
  export default names;
}

declare module 'markdown-it-emoji/lib/data/shortcuts.mjs' {
  const emoticons: Record<string, string | string[]>;
  export default emoticons;
}
