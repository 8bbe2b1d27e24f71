// axe-core on every stage of explore mode (tests/e2e/axe/axe-every-stage.ts).
import { axeEveryStage } from './axe/axe-every-stage';

axeEveryStage('explore');
