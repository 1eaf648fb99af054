import { PDFDocument } from 'pdf-lib';

/**
 * Counts the pages of a PDF by parsing it (pdf-lib reads the page tree, including compressed object
 * streams), rather than by matching bytes, which a PDF writer is free to lay out another way.
 */
export async function pdfPageCount(pdf: Uint8Array): Promise<number> {
	return (await PDFDocument.load(pdf)).getPageCount();
}
