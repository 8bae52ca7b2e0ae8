import { postgresMajorConformance } from "./postgres-majors.ts";

postgresMajorConformance(16);
