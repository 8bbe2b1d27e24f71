// Blackout (B or .): the projected picture goes black; any key or a click brings it back.
import { useApp } from '../../state/app-store';
import { MODES_STRINGS as M } from '../../i18n/strings/modes';
import { useText } from '../../i18n/use-text';

export function BlackoutOverlay() {
  const tr = useText();
  const blackout = useApp((s) => s.blackout);
  if (!blackout) return null;
  return (
    <div
      className="blackout"
      data-testid="blackout"
      onClick={() => useApp.getState().setBlackout(false)}
    >
      {/* read by screen readers, invisible on the projector */}
      <p className="visually-hidden" role="status">
        {tr(M.blackoutActive)}
      </p>
    </div>
  );
}
