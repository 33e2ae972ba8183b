/**
 * A small icon, so browsers find one instead of asking for `/favicon.ico`
 * and logging a 404 on every page: a `§`, the mark of a section.
 */
export const favicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f2933"/><text x="16" y="23" font-family="Georgia, serif" font-size="22" text-anchor="middle" fill="#f5f1e8">§</text></svg>
`;
