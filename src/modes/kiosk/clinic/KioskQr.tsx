// The clinic's address as a QR code, made in the page (uqr: no request to a QR service).
import { useMemo } from 'react';
import { encode } from 'uqr';

interface Props {
  url: string;
  label: string;
}

export function KioskQr({ url, label }: Props) {
  const path = useMemo(() => {
    // error correction M: still reads with a smudge or glare on the screen
    const { data } = encode(url, { ecc: 'M', border: 4 });
    let d = '';
    data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) d += `M${x} ${y}h1v1h-1z`;
      }),
    );
    return { d, size: data.length };
  }, [url]);
  return (
    <svg
      className="kiosk-qr"
      viewBox={`0 0 ${path.size} ${path.size}`}
      role="img"
      aria-label={label}
      data-testid="kiosk-qr"
      shapeRendering="crispEdges"
    >
      {/* dark modules on white, whatever the theme: phones read that best */}
      <rect width={path.size} height={path.size} fill="#ffffff" />
      <path d={path.d} fill="#000000" />
    </svg>
  );
}
