// axe-core on every stage of the patients' story, as the waiting-room kiosk plays it
// (tests/e2e/axe/axe-every-stage.ts).
import { axeEveryStage } from './axe/axe-every-stage';

axeEveryStage('kiosk', 'patient');
