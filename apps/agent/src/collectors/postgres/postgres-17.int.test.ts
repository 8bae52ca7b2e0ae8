import { postgresMajorConformance } from "./postgres-majors.ts";

postgresMajorConformance(17);
