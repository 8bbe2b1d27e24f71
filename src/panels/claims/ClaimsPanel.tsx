// Placeholder while the panel is written.
export function ClaimsPanel() {
  return <div className="panel" data-testid="panel-ClaimsPanel" />;
}

export default ClaimsPanel;
