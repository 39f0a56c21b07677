// Indicators with a target and dated observations. The sources give one: the roll-out of
// Watiqa.ma to the communes, reported at the 11th CIGOV session.
import { day, idOf, type SeedContext, type SeedTx } from "./context";
import { P } from "./projects-data";
import { SOURCE } from "./sources";

export const WATIQA_INDICATOR_SLUG = "watiqa-communes-deployees";

export async function seedIndicators(tx: SeedTx, ctx: SeedContext): Promise<void> {
  await tx.indicator.create({
    data: {
      slug: WATIQA_INDICATOR_SLUG,
      titleFr: "Généralisation de Watiqa.ma : communes équipées",
      titleAr: "تعميم خدمة Watiqa.ma: الجماعات المجهزة",
      descriptionFr: "Nombre de communes où le service Watiqa.ma est déployé.",
      descriptionAr: "عدد الجماعات التي عُممت فيها خدمة Watiqa.ma.",
      unitFr: "communes",
      unitAr: "جماعة",
      // No value before the generalisation phase is reported.
      baselineValue: null,
      targetValue: 127,
      targetOn: day("2013-07-31"),
      projectId: idOf(ctx.projects, P.watiqa, "project"),
      position: 1,
      values: {
        create: [
          {
            observedOn: day("2013-06-07"),
            value: 29,
            noteFr: "Bilan présenté à la 11e session du CIGOV.",
            noteAr: "حصيلة قُدمت خلال الدورة الحادية عشرة للجنة الوزارية المشتركة.",
            sourceId: idOf(ctx.sources, SOURCE.cigov11, "source"),
          },
        ],
      },
    },
  });
}
