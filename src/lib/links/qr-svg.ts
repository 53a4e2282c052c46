import QRCode from 'qrcode';

/**
 * A QR code of `text` as an SVG string (qrcode library, error correction M,
 * two-module quiet zone). With `label`, the SVG is an image named by it for
 * screen readers (role="img", aria-label and <title>).
 */
export async function qrSvg(text: string, label?: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  if (!label) return svg;
  const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return svg.replace(/^<svg /, `<svg role="img" aria-label="${escaped}" `).replace(/(<svg[^>]*>)/, `$1<title>${escaped}</title>`);
}
