// Placeholder while the panel is written.
export function OutcomesPanel() {
  return <div className="panel" data-testid="panel-OutcomesPanel" />;
}

export default OutcomesPanel;
