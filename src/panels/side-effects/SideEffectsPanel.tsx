// Placeholder while the panel is written.
export function SideEffectsPanel() {
  return <div className="panel" data-testid="panel-SideEffectsPanel" />;
}

export default SideEffectsPanel;
