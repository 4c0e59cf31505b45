import qrcode from 'qrcode-generator';

/** The dark modules of a QR code for `text`, row by row (medium error correction: readable across a room). */
export function qrMatrix(text: string): boolean[][] {
  const code = qrcode(0, 'M');
  code.addData(text);
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, column) => code.isDark(row, column)));
}

/** One SVG path drawing every dark module as a unit square, so the code scales without any image or CSP change. */
export function qrPath(matrix: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  for (const [row, cells] of matrix.entries()) {
    for (const [column, dark] of cells.entries()) if (dark) parts.push(`M${column} ${row}h1v1h-1z`);
  }
  return parts.join('');
}
