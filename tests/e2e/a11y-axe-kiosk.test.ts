// axe-core on every stage of the full story in kiosk mode (tests/e2e/axe/axe-every-stage.ts).
import { axeEveryStage } from './axe/axe-every-stage';

axeEveryStage('kiosk');
