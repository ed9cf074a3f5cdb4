import { z } from "zod";
import { idParamSchema } from "./common";

export const blockParamsSchema = z.object({ user_id: idParamSchema });
