/**
 * Counts the pages of a PDF by its page objects (`/Type /Page`, not `/Type /Pages`). Chromium
 * writes page dictionaries uncompressed, so this agrees with `pdfinfo`.
 */
export function pdfPageCount(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
