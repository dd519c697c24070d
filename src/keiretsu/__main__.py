from keiretsu.cli.main import main

main()
