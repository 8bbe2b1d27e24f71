// A chart legend in HTML (it wraps rather than clips). Colours repeat what the text says.
export interface LegendItem {
  id: string;
  label: string;
  color: string;
  kind?: 'line' | 'area' | 'dot' | 'dashed' | 'open';
  opacity?: number;
}

export function Legend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="legend">
      {items.map((item) => (
        <li key={item.id} data-legend={item.id}>
          <span
            className={`swatch${item.kind === 'line' || item.kind === 'dashed' ? ' swatch-line' : ''}`}
            aria-hidden="true"
            style={{
              background:
                item.kind === 'dashed'
                  ? `repeating-linear-gradient(90deg, ${item.color} 0 6px, transparent 6px 10px)`
                  : item.kind === 'open'
                    ? 'transparent'
                    : item.color,
              border: item.kind === 'open' ? `2px solid ${item.color}` : undefined,
              opacity: item.kind === 'area' ? (item.opacity ?? 0.45) : 1,
              borderRadius: item.kind === 'dot' ? '50%' : undefined,
              width: item.kind === 'dot' ? '0.8em' : undefined,
            }}
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
