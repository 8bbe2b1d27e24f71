// Placeholder while the panel is written.
export function HistoryPanel() {
  return <div className="panel" data-testid="panel-HistoryPanel" />;
}

export default HistoryPanel;
