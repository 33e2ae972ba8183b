// Which notes render is decided in core, so the checks' anchors and the HTML agree.
export {planFootnotes, type FootnotePlan} from '@folio/core';
