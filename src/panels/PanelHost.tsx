// Placeholder panel host; the D3 panels replace it.
import { useCurrentStage } from '../state/app-store';

export function PanelHost() {
  const stage = useCurrentStage();
  return (
    <section className="panel-host" aria-label="Charts" data-panel={stage.panel}>
      <p>{stage.panel}</p>
    </section>
  );
}
