// axe-core on every stage of present mode (tests/e2e/axe/axe-every-stage.ts).
import { axeEveryStage } from './axe/axe-every-stage';

axeEveryStage('present');
