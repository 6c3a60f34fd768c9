"""The demo city, section by section: each a mixin of `bloei.demo.generator.DemoCity`."""
