// Placeholder while the panel is written.
export function MatrixPanel() {
  return <div className="panel" data-testid="panel-MatrixPanel" />;
}

export default MatrixPanel;
