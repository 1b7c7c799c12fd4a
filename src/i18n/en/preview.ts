import type idPreview from '../id/preview.js';

/** English messages of `sop preview`. */
export default {
  previewTitle: 'SOP preview',
  previewIndexHeading: 'SOPs ({count})',
  previewSearch: 'Search number, title or unit…',
  previewColNomor: 'Number',
  previewColNama: 'Title',
  previewColUnit: 'Unit',
  previewColErrors: 'Errors',
  previewColWarnings: 'Warnings',
  previewColTotal: 'Total time',
  previewBack: '← All SOPs',
  previewPdf: 'PDF',
  previewFindings: 'Lint findings ({count})',
  previewNoFindings: 'No findings.',
  previewNotRendered: 'The form cannot be shown: fix the problems below.',
  previewOpenInEditor: 'open in VS Code',
  previewDisconnected: 'The preview server stopped; reconnecting…',
  previewListening: 'Preview at {url} (Ctrl-C to stop)',
  previewPortMoved: 'port {from} is in use; using {port}',
  previewChanged: 'updated: {files}',
  previewHostRefused: '--host {host}: cannot be used ({code})',
  previewBadPort: '--port must be between 0 and 65535',
} satisfies Record<keyof typeof idPreview, string>;
