from ngoaivu.cli import main

main()
