// swift-tools-version:6.0
// ccsim: contact-center simulator and staffing planner.
// Dependencies point one way (see docs/DESIGN.md):
//   ccsim -> Reporting -> Planner -> ContactCenter -> {DiscreteEvent, Queueing} -> GSL -> CGSL
//                         Planner -> CCbc (the shift roster's integer programs)
//   ccsim-bench (benchmarks, the alternative heaps they measure) -> Reporting, swift-collections
// GSL is the one module that imports the CGSL shim; the others see Swift values only.
import PackageDescription

let package = Package(
    name: "ccsim",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ccsim", targets: ["ccsim"]),
        .executable(name: "ccsim-bench", targets: ["ccsim-bench"]),
        .library(name: "GSL", targets: ["GSL"]),
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
        // Random generators, samplers, special functions, quadrature: the only importer of CGSL.
        .target(name: "GSL", dependencies: ["CGSL"]),
        .target(name: "Queueing", dependencies: ["GSL"]),
        .target(name: "DiscreteEvent", dependencies: ["GSL"]),
        .target(name: "ContactCenter", dependencies: [
            "Queueing", "DiscreteEvent", "GSL",
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
        // `ccsim-bench erlang|peer|model|heap`; the only target that needs swift-collections.
        .executableTarget(
            name: "ccsim-bench",
            dependencies: [
                "Reporting", "ContactCenter", "Queueing", "DiscreteEvent",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "HeapModule", package: "swift-collections"),
            ]),
        .testTarget(name: "GSLTests", dependencies: ["GSL"], resources: [.copy("Vectors")]),
        .testTarget(name: "QueueingTests", dependencies: ["Queueing"],
                    resources: [.copy("Vectors")]),
        .testTarget(name: "DiscreteEventTests", dependencies: ["DiscreteEvent", "GSL"]),
        .testTarget(name: "BenchmarkTests", dependencies: ["ccsim-bench", "DiscreteEvent"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting"]),
        .testTarget(name: "PlannerTests", dependencies: ["Planner", "ContactCenter", "Queueing"],
                    resources: [.copy("Fixtures")]),
        // Also the sweep tests (Experiments), which share its model-file fixtures.
        .testTarget(name: "ContactCenterTests", dependencies: ["ContactCenter", "Experiments", "Queueing", "DiscreteEvent"],
                    resources: [.copy("Vectors"), .copy("Fixtures")]),
        // Runs the built `ccsim` (and `ccsim-bench`) binaries on the shipped examples, as a user would.
        .testTarget(name: "EndToEndTests", dependencies: ["ccsim", "ccsim-bench"], resources: [.copy("Fixtures")]),
    ]
)
