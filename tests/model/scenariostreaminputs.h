#pragma once
// Inputs of tst_scenariostream.cpp, kept out of its file because moc does
// not read raw string literals.
#include <QByteArray>
#include <QList>

#include <utility>

namespace {

// A small file that uses every field of the base the fast path reads, with
// numbers written in several ways and strings with escapes.
inline QByteArray everyField()
{
    return R"({
  "format": "scalescope-scenario",
  "version": 3,
  "title": "Every field \"quoted\" \/ \\ \t",
  "description": "Caf\u00e9 — non-ASCII outside the base",
  "workload": {"users": 2500},
  "base": {
    "groups": [
      {"id": "region", "kind": "region", "label": "Region", "x": -0.0, "y": 1e2, "width": 1200.5, "height": 800, "params": {}},
      {"id": "asg", "kind": "auto-scaling-group", "parent": "region", "x": 10, "y": 20, "width": 300, "height": 200,
       "params": {"minSize": 2, "maxSize": 12.0, "targetCpu": 0.55}}
    ],
    "components": [
      {"id": "users", "kind": "users", "x": 0, "y": -0},
      {"id": "alb", "kind": "alb", "label": "Load\nbalancer", "x": 123.456789012345678, "y": 2.5E1},
      {"params": {"instanceType": "m5.large"}, "id": "web", "kind": "ec2", "group": "asg", "label": "Web \"tier\"", "x": 0.1, "y": 0.30000000000000004},
      {"id": "db", "kind": "rds", "x": -9999999, "y": 9999999, "params": {"multiAz": true, "instanceType": "db.m5.xlarge"}}
    ],
    "connections": [
      {"from": "users", "to": "alb"},
      {"from": "alb", "to": "web", "share": 1},
      {"to": "db", "from": "web", "share": 0.75}
    ]
  },
  "stages": [
    {"title": "More web", "users": [1000, 1e4], "edits": [{"op": "change-component", "id": "web", "x": 5}]}
  ]
}
)";
}

// One change at a time to everyField(): what it finds, what it puts instead.
inline QList<std::pair<const char *, const char *>> damagingEdits()
{
    return {
            {R"("x": 0, "y": -0})", R"("x": 0, "x": 1, "y": -0})"},                 // a key twice
        {R"("x": 0, "y": -0})", R"("x": 0, "y": -0, "z": 1})"},                 // an unknown key
        {R"("x": 0, "y": -0})", R"("x": 1e400, "y": -0})"},                     // overflow
        {R"("x": 0, "y": -0})", R"("x": 1E-999, "y": -0})"},                    // underflow
        {R"("x": 0, "y": -0})", R"("x": 12345678901234567890, "y": -0})"},      // a long whole number
        {R"("x": 0, "y": -0})", R"("x": 9007199254740993, "y": -0})"},          // above 2^53
        {R"("x": 0, "y": -0})", R"("x": 10000001, "y": -0})"},                  // out of the canvas
        {R"("x": 0, "y": -0})", R"("x": 1., "y": -0})"},                        // a number JSON does not allow
        {R"("x": 0, "y": -0})", R"("x": +1, "y": -0})"},
        {R"("x": 0, "y": -0})", R"("x": 01, "y": -0})"},
        {R"("x": 0, "y": -0})", R"("x": "0", "y": -0})"},
        {R"("x": 0, "y": -0})", R"("x": null, "y": -0})"},
        {R"("id": "users")", R"("id": "")"},
        {R"("id": "users")", R"("id": 7)"},
        {R"("id": "users")", R"("idx": "users")"},
        {R"("label": "Region")", R"("label": null)"},
        {R"("label": "Region")", R"("label": "R\u00e9gion")"},
        {R"("label": "Region")", R"("label": "Région")"},
        {R"("label": "Region")", "\"label\": \"Re\tgion\""},
        {R"("label": "Region")", "\"label\": \"Re\xffgion\""},
        {R"("label": "Region")", R"("label": "Re\qgion")"},
        {R"("kind": "rds")", R"("kind": "rdss")"},
        {R"("kind": "rds")", R"("kind": "region")"},
        {R"("multiAz": true)", R"("multiAz": 1)"},
        {R"("multiAz": true)", R"("multiAz": true, "multiAz": false)"},
        {R"("multiAz": true)", R"("multiAz": true, "nonsense": 2)"},
        {R"("minSize": 2)", R"("minSize": 2.5)"},
        {R"("minSize": 2)", R"("minSize": -1)"},
        {R"("minSize": 2)", R"("minSize": [2])"},
        {R"("instanceType": "m5.large")", R"("instanceType": "m5.huge")"},
        {R"("params": {"instanceType": "m5.large"})", R"("params": [])"},
        {R"("params": {"instanceType": "m5.large"})", R"("params": {})"},
        {R"("share": 0.75)", R"("share": 1.5)"},
        {R"("share": 0.75)", R"("share": "0.75")"},
        {R"({"from": "users", "to": "alb"})", R"({"from": "users", "to": "nowhere"})"},
        {R"({"from": "users", "to": "alb"})", R"({"from": "users", "to": "alb"}, {"from": "users", "to": "alb"})"},
        {R"("connections": [)", R"("connections": {"a": [)"},
        {R"("groups": [)", R"("groups": [], "groups": [)"},
        {R"("version": 3)", R"("version": 2)"},
        {R"("version": 3)", R"("version": 4)"},
        {R"("version": 3)", R"("version": 3.5)"},
        {R"("format": "scalescope-scenario")", R"("format": "other")"},
        {R"("title")", R"("title": "again", "title")"},
        {R"("title")", R"("ti\u0074le")"},
        {R"("workload": {"users": 2500})", R"("workload": {"users": -1})"},
        {R"("workload": {"users": 2500})", R"("workload": {"users": 2500}, "extra": true)"},
        {R"("base": {)", R"("base": {"more": 1, )"},
        {R"("parent": "region")", R"("parent": "asg")"},
        {R"("width": 300)", R"("width": -300)"},
    };
}

} // namespace
