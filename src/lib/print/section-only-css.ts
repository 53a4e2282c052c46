/**
 * The stylesheet that turns a rendered article into the print view of one
 * section: every other section, and the prose outside sections, is hidden;
 * an h3's parent h2 keeps only its heading. Served as a file
 * (`/print/<topic>/<level>/<section>/section.css`) so the page needs no
 * inline style under the Content-Security-Policy.
 */
export function sectionOnlyCss(sectionId: string): string {
  const id = JSON.stringify(sectionId);
  return [
    `.print-section .doc-section:not([data-section=${id}]):not(:has([data-section=${id}])){display:none}`,
    `.print-section .doc-section:has([data-section=${id}]):not([data-section=${id}])>:not(.doc-section){display:none}`,
    '.print-section>p,.print-section>ul,.print-section>ol,.print-section>div:not(.doc-section),.print-section>table{display:none}',
  ].join('\n');
}
