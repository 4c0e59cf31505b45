import { useMemo } from 'react';
import { qrMatrix, qrPath } from './qr-code.ts';

/** Four modules of light border, as the QR standard asks, so phones find the code on any background. */
const QUIET_ZONE = 4;

export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const { size, path } = useMemo(() => {
    const matrix = qrMatrix(text);
    return { size: matrix.length, path: qrPath(matrix) };
  }, [text]);
  const box = size + 2 * QUIET_ZONE;
  return (
    <svg
      className={['qr-code', className].filter(Boolean).join(' ')}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${box} ${box}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={box} height={box} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
