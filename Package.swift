// swift-tools-version:6.0
// ccsim: contact-center simulator and staffing planner.
// Dependencies point one way (see docs/DESIGN.md):
//   ccsim -> Reporting -> Planner -> ContactCenter -> {DiscreteEvent, Queueing} -> CGSL
//                         Planner -> CCbc (the shift roster's integer programs)
import PackageDescription

let package = Package(
    name: "ccsim",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ccsim", targets: ["ccsim"]),
        .library(name: "Queueing", targets: ["Queueing"]),
        .library(name: "DiscreteEvent", targets: ["DiscreteEvent"]),
        .library(name: "ContactCenter", targets: ["ContactCenter"]),
        .library(name: "Planner", targets: ["Planner"]),
        .library(name: "Experiments", targets: ["Experiments"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CGSL", pkgConfig: "gsl",
                       providers: [.apt(["libgsl-dev"])]),
        // CBC's C interface; imported by Planner only (the roster's integer program).
        .systemLibrary(name: "CCbc", pkgConfig: "cbc",
                       providers: [.apt(["coinor-libcbc-dev"])]),
        .target(name: "Queueing", dependencies: ["CGSL"]),
        .target(name: "DiscreteEvent", dependencies: [
            "CGSL", .product(name: "HeapModule", package: "swift-collections"),
        ]),
        .target(name: "ContactCenter", dependencies: [
            "Queueing", "DiscreteEvent",
            .product(name: "CSV", package: "CSV.swift"),
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "Planner", dependencies: ["ContactCenter", "Queueing", "CCbc"]),
        // Parameter sweeps: designs, resumable result files, shards (docs/SWEEPS.md).
        .target(name: "Experiments", dependencies: ["ContactCenter"]),
        .target(name: "Reporting", dependencies: ["ContactCenter", "Queueing", "Planner"]),
        .executableTarget(
            name: "ccsim",
            dependencies: [
                "Reporting", "Planner", "Experiments", "ContactCenter", "Queueing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "QueueingTests", dependencies: ["Queueing"],
                    resources: [.copy("Vectors")]),
        .testTarget(name: "DiscreteEventTests", dependencies: ["DiscreteEvent"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting"]),
        .testTarget(name: "PlannerTests", dependencies: ["Planner", "ContactCenter", "Queueing"],
                    resources: [.copy("Fixtures")]),
        // Also the sweep tests (Experiments), which share its model-file fixtures.
        .testTarget(name: "ContactCenterTests", dependencies: ["ContactCenter", "Experiments", "Queueing", "DiscreteEvent"],
                    resources: [.copy("Vectors"), .copy("Fixtures")]),
        // Runs the built `ccsim` binary on the shipped examples, as a user would.
        .testTarget(name: "EndToEndTests", dependencies: ["ccsim"], resources: [.copy("Fixtures")]),
    ]
)
