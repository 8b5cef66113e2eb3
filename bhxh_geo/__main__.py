from bhxh_geo.cli import cli

if __name__ == "__main__":
    cli(prog_name="python -m bhxh_geo")
