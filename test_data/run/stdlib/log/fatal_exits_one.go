package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	defer fmt.Println("deferred calls do not run after log.Fatal")
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.SetPrefix("fatal: ")
	log.Println("before")
	log.Fatalf("cannot continue: %d", 42)
	fmt.Println("not reached")
}
