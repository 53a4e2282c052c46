# Reference numbers for src/model/meta-analysis, computed by real metafor.
#
# Regenerate (Debian: apt-get install r-base-core r-cran-metafor r-cran-jsonlite):
#
#   Rscript tests/reference/metafor-reference.R > tests/reference/metafor-reference.json
#
# The JSON records, for each dataset, the escalc() call and its yi/vi per study,
# and for each model the exact rma() call with estimate, se, CI, test statistic,
# p, tau^2, Q, I^2, H^2, weights and the predict() prediction interval.
# tests/unit/model/meta-analysis.test.ts reads it and checks the TypeScript
# model against every number to 6 significant figures.

suppressPackageStartupMessages({
  library(metafor)
  library(jsonlite)
})

# Each model is fitted with this exact call; `d` is the escalc() data frame.
models <- list(
  list(id = "FE",        call = 'rma(yi, vi, data=d, method="FE")',
       fit = function(d) rma(yi, vi, data = d, method = "FE")),
  list(id = "DL",        call = 'rma(yi, vi, data=d, method="DL")',
       fit = function(d) rma(yi, vi, data = d, method = "DL")),
  list(id = "REML",      call = 'rma(yi, vi, data=d, method="REML")',
       fit = function(d) rma(yi, vi, data = d, method = "REML")),
  list(id = "HE",        call = 'rma(yi, vi, data=d, method="HE")',
       fit = function(d) rma(yi, vi, data = d, method = "HE")),
  list(id = "REML-knha", call = 'rma(yi, vi, data=d, method="REML", test="knha")',
       fit = function(d) rma(yi, vi, data = d, method = "REML", test = "knha")),
  list(id = "DL-knha",   call = 'rma(yi, vi, data=d, method="DL", test="knha")',
       fit = function(d) rma(yi, vi, data = d, method = "DL", test = "knha"))
)

fitSummary <- function(model, d) {
  res <- model$fit(d)
  pr <- predict(res)
  list(
    call = model$call,
    k = res$k,
    estimate = as.numeric(res$beta),
    se = res$se,
    ci.lb = res$ci.lb,
    ci.ub = res$ci.ub,
    test = res$test,
    zval = res$zval,              # z for test="z", t for test="knha"
    ddf = if (is.na(res$ddf)) NULL else res$ddf,
    pval = res$pval,
    tau2 = res$tau2,
    s2w = res$s2w,                # Knapp-Hartung scaling factor (1 for test="z")
    QE = res$QE,
    QEp = res$QEp,
    I2 = res$I2,
    H2 = res$H2,
    vt = res$vt,                  # "typical" within-study variance used for I^2
    weights = as.numeric(weights(res)),
    pi.lb = if (is.null(pr$pi.lb)) NULL else as.numeric(pr$pi.lb),  # predict() gives no PI for FE models
    pi.ub = if (is.null(pr$pi.ub)) NULL else as.numeric(pr$pi.ub),
    cr.lb = as.numeric(pr$ci.lb),
    cr.ub = as.numeric(pr$ci.ub)
  )
}

# A dataset: its escalc() call, the raw input columns, yi/vi, and the model fits.
dataset <- function(description, call, data, columns, fits = TRUE) {
  d <- eval(parse(text = call))
  out <- list(
    description = description,
    escalc = call,
    input = as.list(data[, columns]),
    yi = as.numeric(d$yi),
    vi = as.numeric(d$vi)
  )
  if (fits) {
    out$fits <- setNames(lapply(models, fitSummary, d = d), vapply(models, `[[`, "", "id"))
  }
  out
}

# Hand-made 2x2 set: every kind of zero cell (ai, ci, bi, di, double zero) plus one without.
dat.zero <- data.frame(
  ai = c(0, 10, 12, 5, 0, 7),
  bi = c(20, 0, 8, 15, 25, 13),
  ci = c(4, 6, 0, 7, 0, 9),
  di = c(16, 4, 20, 13, 25, 11)
)

datasets <- list(
  "bcg-rr" = dataset(
    "BCG vaccine trials (Colditz et al. 1994), 13 trials; log risk ratio",
    'escalc(measure="RR", ai=tpos, bi=tneg, ci=cpos, di=cneg, data=dat.bcg)',
    dat.bcg, c("author", "year", "tpos", "tneg", "cpos", "cneg")),
  "bcg-or" = dataset(
    "BCG vaccine trials (Colditz et al. 1994), 13 trials; log odds ratio",
    'escalc(measure="OR", ai=tpos, bi=tneg, ci=cpos, di=cneg, data=dat.bcg)',
    dat.bcg, c("author", "year", "tpos", "tneg", "cpos", "cneg")),
  "normand-md" = dataset(
    "Normand (1999) stroke care, length of stay in days, 9 studies; raw mean difference",
    'escalc(measure="MD", m1i=m1i, sd1i=sd1i, n1i=n1i, m2i=m2i, sd2i=sd2i, n2i=n2i, data=dat.normand1999)',
    dat.normand1999, c("source", "n1i", "m1i", "sd1i", "n2i", "m2i", "sd2i")),
  "normand-smd" = dataset(
    "Normand (1999) stroke care, length of stay, 9 studies; standardized mean difference (Hedges' g)",
    'escalc(measure="SMD", m1i=m1i, sd1i=sd1i, n1i=n1i, m2i=m2i, sd2i=sd2i, n2i=n2i, data=dat.normand1999)',
    dat.normand1999, c("source", "n1i", "m1i", "sd1i", "n2i", "m2i", "sd2i")),
  "nielweise-rr" = dataset(
    "Niel-Weise et al. (2007) anti-infective catheters, 18 trials given as events/totals, zero cells and one double-zero trial; log risk ratio",
    'escalc(measure="RR", ai=ai, n1i=n1i, ci=ci, n2i=n2i, data=dat.nielweise2007)',
    dat.nielweise2007, c("author", "year", "ai", "n1i", "ci", "n2i")),
  "nielweise-or" = dataset(
    "Niel-Weise et al. (2007) anti-infective catheters, 18 trials given as events/totals, zero cells and one double-zero trial; log odds ratio",
    'escalc(measure="OR", ai=ai, n1i=n1i, ci=ci, n2i=n2i, data=dat.nielweise2007)',
    dat.nielweise2007, c("author", "year", "ai", "n1i", "ci", "n2i")),
  "zero-rr" = dataset(
    "Hand-made 2x2 tables with a zero in each possible cell, a double zero, and one table without zeros; log risk ratio",
    'escalc(measure="RR", ai=ai, bi=bi, ci=ci, di=di, data=dat.zero)',
    dat.zero, c("ai", "bi", "ci", "di"), fits = FALSE),
  "zero-or" = dataset(
    "Hand-made 2x2 tables with a zero in each possible cell, a double zero, and one table without zeros; log odds ratio",
    'escalc(measure="OR", ai=ai, bi=bi, ci=ci, di=di, data=dat.zero)',
    dat.zero, c("ai", "bi", "ci", "di"), fits = FALSE)
)

# Hedges' g with the approximate correction J = 1 - 3/(4m - 1), m = n1 + n2 - 2
# (Hedges 1981); metafor has no option for it, so it is computed here by hand.
smdApprox <- with(dat.normand1999, {
  m <- n1i + n2i - 2
  sp <- sqrt(((n1i - 1) * sd1i^2 + (n2i - 1) * sd2i^2) / m)
  g <- (1 - 3 / (4 * m - 1)) * (m1i - m2i) / sp
  list(
    formula = "(1 - 3/(4*m - 1)) * (m1i - m2i)/sp, vi = 1/n1i + 1/n2i + g^2/(2*(n1i + n2i)), m = n1i + n2i - 2",
    yi = g,
    vi = 1 / n1i + 1 / n2i + g^2 / (2 * (n1i + n2i))
  )
})
datasets[["normand-smd"]]$approximate <- smdApprox

# REML Fisher scoring that does not converge with metafor's defaults, and the
# fits after its documented remedies (more iterations; a smaller step).
convergenceCase <- function(description, yi, vi, remedy, remedyCall) {
  d <- data.frame(yi = yi, vi = vi)
  failed <- tryCatch({ rma(yi, vi, data = d, method = "REML"); "converged" },
                     error = function(e) conditionMessage(e))
  warned <- character(0)
  res <- withCallingHandlers(remedy(d), warning = function(w) {
    warned <<- c(warned, conditionMessage(w)); invokeRestart("muffleWarning")
  })
  list(
    description = description,
    yi = yi,
    vi = vi,
    defaultCall = 'rma(yi, vi, data=d, method="REML")',
    defaultError = failed,
    fit = fitSummary(list(call = remedyCall, fit = function(d) res), d),
    warnings = I(warned)
  )
}

convergence <- list(
  "ll0check" = convergenceCase(
    "Nine null effects with tiny to large variances and one outlier: Fisher scoring needs more than 100 iterations, then ends at a local maximum that ll0check replaces by tau^2 = 0",
    c(0, 0, 0, 0, 12.16, 0, 0, 0, 0, 0),
    c(0.000667, 29.5, 7.93, 0.000222, 5.45, 0.485, 0.146, 0.000581, 1.03, 0.000471),
    function(d) rma(yi, vi, data = d, method = "REML", control = list(maxiter = 10000)),
    'rma(yi, vi, data=d, method="REML", control=list(maxiter=10000))'),
  "stepadj" = convergenceCase(
    "Twelve null effects and one small one with very unequal variances: Fisher scoring oscillates; halving the step converges",
    c(0, 0, 0, 0, 0, 0.0571, 0, 0, 0, 0, 0, 0, 0),
    c(43.8, 0.00661, 0.0048, 0.00225, 0.00243, 0.000212, 0.00153, 0.00021, 0.00168, 0.105, 0.451, 0.0544, 0.134),
    function(d) rma(yi, vi, data = d, method = "REML", control = list(stepadj = 0.5)),
    'rma(yi, vi, data=d, method="REML", control=list(stepadj=0.5))')
)

grid <- function(f, ...) {
  args <- expand.grid(..., KEEP.OUT.ATTRS = FALSE, stringsAsFactors = FALSE)
  lapply(seq_len(nrow(args)), function(i) {
    row <- as.list(args[i, , drop = FALSE])
    c(row, value = do.call(f, row))
  })
}

distributions <- list(
  qnorm = grid(function(p) qnorm(p),
               p = c(1e-300, 1e-20, 1e-12, 1e-6, 0.001, 0.025, 0.05, 0.1, 0.3, 0.5, 0.7, 0.9, 0.975, 0.995, 1 - 1e-9)),
  pnorm = grid(function(x) pnorm(x),
               x = c(-38, -20, -12.5, -8, -5.8, -3, -1.959963984540054, -0.6, -0.3, 0, 0.3, 0.6, 1, 2.5, 5, 6, 9)),
  pnormUpper = grid(function(x) pnorm(x, lower.tail = FALSE),
                    x = c(-3, 0, 0.3, 1, 2.5, 5, 6, 9, 15.2, 20, 30)),
  qt = grid(function(p, df) qt(p, df),
            p = c(0.0005, 0.025, 0.1, 0.6, 0.975, 0.995),
            df = c(1, 2, 2.5, 3, 4, 5, 8, 12, 17, 30, 100, 10000)),
  pt = grid(function(q, df) pt(q, df),
            q = c(-40, -6, -2.1, -0.4, 0, 0.7, 1.5, 3, 12),
            df = c(1, 2, 3.5, 4, 8, 12, 17, 60, 1e5)),
  pchisqUpper = grid(function(q, df) pchisq(q, df, lower.tail = FALSE),
                     q = c(0, 0.01, 0.5, 2, 3.841458820694124, 8, 12, 21.02606981748307, 40, 152.2330, 400),
                     df = c(1, 2, 5, 8, 12, 17, 30)),
  lgamma = grid(function(x) lgamma(x),
                x = c(0.001, 0.5, 1, 1.5, 2, 3.7, 9.5, 10, 10.5, 25, 154.5, 1000.25, 1e6))
)

out <- list(
  generated = format(Sys.Date()),
  R = R.version.string,
  metafor = as.character(packageVersion("metafor")),
  script = "tests/reference/metafor-reference.R",
  datasets = datasets,
  convergence = convergence,
  distributions = distributions
)

cat(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE, null = "null"), "\n")
