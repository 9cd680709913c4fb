package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.sales.SalesStage;
import java.math.BigDecimal;
import java.util.List;

/** One stage of the pipeline board: its open opportunities, their total and weighted amounts. */
public record PipelineColumn(SalesStage stage, List<Opportunity> opportunities, BigDecimal total, BigDecimal weighted) {

    public PipelineColumn {
        opportunities = List.copyOf(opportunities);
    }
}
