// Goroutines whose functions use locals that stay in their own frames, and locals whose pointers are handed to
// other goroutines (those escape): values must be right on both sides.
package main

import (
	"fmt"
	"sync"
)

type Point struct{ X, Y int }

func (p *Point) Scale(k int) { p.X *= k; p.Y *= k }

func norm(p *Point) int { return p.X*p.X + p.Y*p.Y }

// worker keeps its Points in its own frame and sends only values.
func worker(id int, in <-chan int, out chan<- Point, wg *sync.WaitGroup) {
	defer wg.Done()
	for v := range in {
		p := Point{v, id}
		p.Scale(2)
		q := &Point{p.X + 1, p.Y + 1}
		if norm(q) < 0 {
			panic("negative")
		}
		out <- *q
	}
}

// fillShared writes through a pointer to a local of another goroutine.
func fillShared(p *Point, done chan<- bool) {
	p.X, p.Y = 11, 22
	done <- true
}

func main() {
	in := make(chan int)
	out := make(chan Point, 16)
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go worker(id, in, out, &wg)
	}
	for v := 0; v < 9; v++ {
		in <- v
	}
	close(in)
	wg.Wait()
	close(out)
	sumX, count := 0, 0
	for p := range out {
		sumX += p.X
		count++
	}
	fmt.Println(count, sumX)

	var shared Point
	done := make(chan bool)
	go fillShared(&shared, done)
	<-done
	fmt.Println(shared)

	var mu sync.Mutex
	total := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			local := Point{n, n}
			local.Scale(3)
			mu.Lock()
			total += norm(&local)
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println(total)
}
