#pragma once

#include <QString>
#include <optional>

namespace planmap {

// Knobs of one compliance check.
struct ComplianceOptions {
  // Corridor along rivers (rules with buffer_from_option); unset = the rules file's default (500 m).
  std::optional<double> bufferMeters;
  // What the site is for, when a rule has activity-specific severity ("mining" makes the Qinling
  // key zone prohibited: 禁止在核心保护区、重点保护区勘探或开发利用矿山和开山采石). Empty = unspecified.
  QString activity;
  // Overlaps smaller than this share of the site (and below 1 m²) are boundary noise, not conflicts.
  double minimumShare = 1e-9;
};

}  // namespace planmap
