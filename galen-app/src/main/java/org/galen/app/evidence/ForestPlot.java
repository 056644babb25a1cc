package org.galen.app.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small forest plot as inline SVG: one row per effect size, a square at the estimate, a line for
 * its confidence interval and a dashed line at no effect. Rows are grouped into panels by measure,
 * because a risk ratio and a mean difference cannot share an axis; ratios use a log scale.
 */
public final class ForestPlot {
  static final int WIDTH = 730;
  private static final int LABEL_W = 210;
  private static final int PLOT_X = LABEL_W + 10;
  private static final int PLOT_W = 260;
  private static final int VALUE_X = PLOT_X + PLOT_W + 14;
  private static final int ROW_H = 26;
  private static final int PANEL_HEAD = 22;
  private static final int AXIS_H = 24;

  private ForestPlot() {}

  /**
   * The SVG for these effect sizes, or an empty string when there are none. {@code id} must be
   * unique on the page: it names the title and description the SVG is labelled by.
   */
  public static String svg(List<EffectSize> effects, String id) {
    if (effects.isEmpty()) {
      return "";
    }
    Map<String, List<EffectSize>> panels = new LinkedHashMap<>();
    effects.forEach(e -> panels.computeIfAbsent(e.measure(), k -> new ArrayList<>()).add(e));
    int height = 0;
    for (List<EffectSize> rows : panels.values()) {
      height += PANEL_HEAD + rows.size() * ROW_H + AXIS_H;
    }
    StringBuilder desc = new StringBuilder();
    for (EffectSize e : effects) {
      if (!desc.isEmpty()) {
        desc.append("; ");
      }
      desc.append(e.label()).append(": ").append(e.summary());
    }
    StringBuilder s = new StringBuilder();
    s.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"forest\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-t ")
        .append(id)
        .append("-d\">")
        .append("<title id=\"")
        .append(id)
        .append("-t\">Forest plot of the effect sizes quoted in this answer</title>")
        .append("<desc id=\"")
        .append(id)
        .append("-d\">")
        .append(esc(desc.toString()))
        .append("</desc>");
    int y = 0;
    for (Map.Entry<String, List<EffectSize>> panel : panels.entrySet()) {
      y = panel(s, panel.getValue(), y);
    }
    s.append("</svg>");
    return s.toString();
  }

  private static int panel(StringBuilder s, List<EffectSize> rows, int top) {
    EffectSize first = rows.getFirst();
    boolean ratio = first.ratio();
    double lo = first.nullValue();
    double hi = first.nullValue();
    for (EffectSize e : rows) {
      lo = Math.min(lo, e.lower());
      hi = Math.max(hi, e.upper());
    }
    Scale scale = ratio ? Scale.log(lo, hi) : Scale.linear(lo, hi);
    s.append(text(0, top + 15, "head", name(first.measure()) + (ratio ? " (log scale)" : "")));
    int y = top + PANEL_HEAD;
    int bodyTop = y;
    for (EffectSize e : rows) {
      int cy = y + ROW_H / 2;
      double x1 = scale.x(e.lower());
      double x2 = scale.x(e.upper());
      double xe = scale.x(e.estimate());
      s.append(text(0, cy + 4, "label", clip(e.label(), 30)));
      s.append(line(x1, cy, x2, cy, "ci"));
      s.append(line(x1, cy - 5, x1, cy + 5, "ci"));
      s.append(line(x2, cy - 5, x2, cy + 5, "ci"));
      s.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"est\" x=\"%.1f\" y=\"%d\" width=\"9\" height=\"9\"/>",
              xe - 4.5,
              cy - 4));
      s.append(text(VALUE_X, cy + 4, "value", e.summary().substring(e.measure().length() + 1)));
      y += ROW_H;
    }
    double x0 = scale.x(first.nullValue());
    s.append(
        String.format(
            Locale.ROOT,
            "<line class=\"null\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>",
            x0,
            bodyTop,
            x0,
            y));
    s.append(line(PLOT_X, y, PLOT_X + PLOT_W, y, "axis"));
    for (double t : scale.ticks(first.nullValue(), lo, hi)) {
      double x = scale.x(t);
      s.append(line(x, y, x, y + 4, "axis"));
      s.append(
          String.format(
              Locale.ROOT,
              "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
              x,
              y + 16,
              EffectSize.num(t)));
    }
    return y + AXIS_H;
  }

  private static String name(String measure) {
    return switch (measure) {
      case "RR", "aRR" -> "Risk ratio";
      case "OR", "aOR" -> "Odds ratio";
      case "HR", "aHR" -> "Hazard ratio";
      case "IRR" -> "Rate ratio";
      case "MD" -> "Mean difference";
      case "SMD" -> "Standardised mean difference";
      case "RD" -> "Risk difference";
      default -> measure;
    };
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1).strip() + "\u2026";
  }

  private static String text(int x, int y, String cls, String body) {
    return "<text class=\"" + cls + "\" x=\"" + x + "\" y=\"" + y + "\">" + esc(body) + "</text>";
  }

  private static String line(double x1, double y1, double x2, double y2, String cls) {
    return String.format(
        Locale.ROOT,
        "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
        cls,
        x1,
        y1,
        x2,
        y2);
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  /** Maps values to x in the plot area, with a little room on both sides. */
  private record Scale(boolean log, double min, double max) {
    static Scale linear(double lo, double hi) {
      double pad = Math.max((hi - lo) * 0.08, 0.01);
      return new Scale(false, lo - pad, hi + pad);
    }

    static Scale log(double lo, double hi) {
      double l = Math.log(lo);
      double h = Math.log(hi);
      double pad = Math.max((h - l) * 0.08, 0.01);
      return new Scale(true, l - pad, h + pad);
    }

    double x(double v) {
      double t = log ? Math.log(v) : v;
      return PLOT_X + (t - min) / (max - min) * PLOT_W;
    }

    /** No effect always; the outermost interval ends when they are not too close to it. */
    List<Double> ticks(double nullValue, double lo, double hi) {
      List<Double> out = new ArrayList<>(List.of(nullValue));
      for (double v : new double[] {lo, hi}) {
        if (out.stream().allMatch(t -> Math.abs(x(t) - x(v)) > 36)) {
          out.add(v);
        }
      }
      out.sort(Double::compare);
      return out;
    }
  }
}
