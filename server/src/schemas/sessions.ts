import { z } from "zod";
import { idParamSchema } from "./common";

export const sessionParamsSchema = z.object({ id: idParamSchema });
